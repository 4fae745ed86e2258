#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace sift {

class Project;

/// Picks the other claim of a link by searching the project's claims (quote, statement, claimant,
/// article title, or "#12"), so that nobody has to know a claim's number.
class ClaimPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    ClaimPickerDialog(Project &project, qint64 excludeClaimId, QWidget *parent = nullptr);

    qint64 selectedClaim() const; ///< 0 when nothing is picked
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void refresh();

    Project &m_project;
    qint64 m_exclude = 0;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace sift
