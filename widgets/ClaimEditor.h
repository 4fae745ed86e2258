#pragma once

#include "core/domain/Claim.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QGridLayout;
class QToolButton;
class QStringListModel;

namespace sift {

class Project;

/// Edits one claim. Every change goes through the project as an undoable command the moment the
/// analyst leaves a field or picks a value; there is nothing to save.
class ClaimEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimEditor(Project &project, QWidget *parent = nullptr);

    void setClaim(qint64 claimId); ///< 0 clears the editor
    qint64 claimId() const { return m_claimId; }
    void reload();

    /// Links the current claim to another with the relation chosen in the editor; false when nothing changed.
    bool addLink(qint64 otherClaimId);
    /// Below this width the short fields stack in one column instead of two.
    static constexpr int kTwoColumnWidth = 380;

Q_SIGNALS:
    void linkedClaimActivated(qint64 claimId);
    void floatRequested(); ///< the analyst asked for the editor in a window of its own

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QWidget *labelled(const QString &text, QWidget *field);
    int columnsFor(int width) const;
    void relayoutCells();
    void commitText(QPlainTextEdit *edit);
    void commitEntity(QLineEdit *edit);
    void pickLink();
    void refreshCompletion();

    Project &m_project;
    qint64 m_claimId = 0;
    bool m_loading = false;
    QLabel *m_header = nullptr;
    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_statement = nullptr;
    QLineEdit *m_claimant = nullptr;
    QLineEdit *m_reportedBy = nullptr;
    QComboBox *m_stance = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_credibility = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_links = nullptr;
    QComboBox *m_linkRelation = nullptr;
    QToolButton *m_floatButton = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_cells;
    int m_columns = 0;
    QPushButton *m_deleteButton = nullptr;
    QStringListModel *m_entityNames = nullptr;
};

} // namespace sift
