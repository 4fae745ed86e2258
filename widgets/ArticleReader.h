#pragma once

#include "core/domain/Article.h"
#include "core/domain/Claim.h"

#include <QColor>
#include <QHash>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace sift {

/// The reading view: title, outlet and date, captions set apart, then the body with every claim
/// highlighted in its status colour. Imported text is inserted as plain text, never as markup,
/// and no resource is ever loaded, so nothing remote is fetched and nothing imported runs.
class ArticleReader final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleReader(QWidget *parent = nullptr);

    using ColorForStatus = std::function<QColor(const QString &status)>;
    void setColorForStatus(ColorForStatus colorFor) { m_colorFor = std::move(colorFor); }

    void showArticle(const Article &article, const QList<Claim> &claims);
    void setClaims(const QList<Claim> &claims);
    void clearArticle();
    qint64 articleId() const { return m_articleId; }
    const QString &body() const { return m_body; }

    /// The selection as a UTF-16 range of the body; nullopt when nothing in the body is selected.
    std::optional<QPair<qsizetype, qsizetype>> selectedBodyRange() const;
    /// Selects body text by UTF-16 range, as if the user had dragged over it.
    void selectBodyRange(qsizetype start, qsizetype end);
    void setCurrentClaim(qint64 claimId); ///< emphasises it and scrolls to it
    qint64 currentClaim() const { return m_currentClaim; }
    qint64 claimAtBodyPosition(qsizetype bodyIndex) const; ///< the innermost claim there, 0 when none
    /// Where a claim is painted, as a document range: for tests and for scrolling.
    std::optional<QPair<int, int>> documentRangeOfClaim(qint64 claimId) const;
    QString documentText(int from, int to) const;

    /// Marks every match of a library search (FTS5 query) in the article, now and in every article shown
    /// after, until set to empty; the first match becomes the current one.
    void setSearchQuery(const QString &ftsQuery);
    QString searchQuery() const { return m_searchQuery; }
    int searchMatchCount() const { return int(m_searchMatches.size()); }
    int currentSearchMatch() const { return m_currentMatch; } ///< -1 when there is none
    /// Moves to the next (+1) or previous (-1) match, wrapping around, selects it and scrolls to it.
    bool stepSearchMatch(int delta);
    QPair<int, int> searchMatchRange(int index) const { return m_searchMatches.value(index); }
    /// Suggested claims' content, as code-point ranges of the body: a dotted underline, no fill (not a claim yet).
    void setSuggestions(const QList<QPair<qint64, qint64>> &codePointRanges, int current = -1);
    int suggestionCount() const { return int(m_suggestions.size()); }
    /// The document range painted for suggestion index, for tests and scrolling.
    std::optional<QPair<int, int>> documentRangeOfSuggestion(int index) const;

    void setTextSize(int pointSize);
    int textSize() const { return m_textSize; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void claimClicked(qint64 claimId);
    void bodySelectionChanged(bool hasSelection);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Paragraph {
        qsizetype bodyStart = 0;
        int docStart = 0;
        qsizetype length = 0;
    };
    int documentPosition(qsizetype bodyIndex) const;
    std::optional<qsizetype> bodyIndex(int documentPosition) const;
    void applyHighlights();
    void findSearchMatches();

    qint64 m_articleId = 0;
    Article m_article; ///< as shown, to lay it out again when the palette changes
    QString m_body;
    QList<Paragraph> m_paragraphs;
    QList<Claim> m_claims;
    QList<QPair<qint64, qint64>> m_suggestions; ///< code points
    int m_currentSuggestion = -1;
    qint64 m_currentClaim = 0;
    ColorForStatus m_colorFor;
    int m_textSize = 12;
    QString m_searchQuery;
    QList<QPair<int, int>> m_searchMatches; ///< document ranges
    int m_currentMatch = -1;
};

} // namespace sift
