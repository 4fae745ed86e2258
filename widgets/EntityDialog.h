#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sift {

class Project;

/// Entities of the project: rename, set kind and source reliability, add aliases, merge duplicates.
class EntityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EntityDialog(Project &project, QWidget *parent = nullptr);

private:
    void reload();
    void loadCurrent();
    qint64 currentId() const;

    Project &m_project;
    bool m_loading = false;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_reliability = nullptr;
    QLineEdit *m_aliases = nullptr;
    QComboBox *m_mergeInto = nullptr;
    QLabel *m_usage = nullptr;
};

} // namespace sift
