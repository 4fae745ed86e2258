#pragma once

#include "core/analysis/AttributionFinder.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace sift {

class Project;

/// The article's suggested claims under its recorded ones: quote, speaker and stance. Enter accepts the current
/// suggestion as a claim, Del rejects it, Shift+Enter accepts them all; each is one undo step.
class SuggestionList final : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionList(Project &project, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    void refresh();
    const QList<Suggestion> &suggestions() const { return m_suggestions; }
    int currentRow() const;
    void setCurrentRow(int row);
    /// The height that shows the header and the first suggestion whole (the header alone when there is none).
    int firstSuggestionHeight() const;

    bool acceptCurrent();
    bool rejectCurrent();
    bool acceptAll();

Q_SIGNALS:
    void suggestionsChanged(const QList<sift::Suggestion> &suggestions);
    void currentSuggestionChanged(int row);
    void claimAccepted(qint64 claimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Project &m_project;
    qint64 m_articleId = 0;
    QList<Suggestion> m_suggestions;
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace sift
