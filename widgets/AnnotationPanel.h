#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDockWidget;
class QScrollArea;
class QSplitter;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QLabel;

namespace sift {

class ClaimEditor;
class ClaimListModel;
class Project;
class SuggestionList;

/// The side panel: the article's metadata, its claims, and the editor of the current claim.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    AnnotationPanel(Project &project, ClaimListModel &claims, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    void setArticle(qint64 articleId);
    void setCurrentClaim(qint64 claimId);
    qint64 currentClaim() const;
    ClaimEditor *claimEditor() const { return m_editor; }
    QScrollArea *editorScrollArea() const { return m_editorScroll; }
    QSplitter *splitter() const { return m_splitter; }
    /// The pane of the claims list; more sections about the article's claims go below the list here.
    QWidget *claimsPane() const { return m_claimsPane; }
    /// Moves the claim editor into a floating dock of its own (and back).
    void setEditorFloating(bool floating);
    bool isEditorFloating() const;
    SuggestionList *suggestionList() const { return m_suggestions; }

Q_SIGNALS:
    void claimSelected(qint64 claimId);
    void editorFloatingChanged(bool floating);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadMetadata();
    void fitClaimList();
    void commit(QLineEdit *edit);

    Project &m_project;
    ClaimListModel &m_claims;
    qint64 m_articleId = 0;
    bool m_loading = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_published = nullptr;
    QComboBox *m_state = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_claimsHeader = nullptr;
    QListView *m_claimList = nullptr;
    ClaimEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_claimsPane = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    QPointer<QDockWidget> m_editorDock;
    SuggestionList *m_suggestions = nullptr;
};

} // namespace sift
