#include "widgets/ArticleReader.h"

#include "core/domain/TextOffsets.h"
#include "widgets/HighlightColors.h"
#include "widgets/SearchPattern.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace sift {

ArticleReader::ArticleReader(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleReader"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
    setTextSize(m_textSize);
    connect(this, &QTextEdit::selectionChanged, this,
            [this] { Q_EMIT bodySelectionChanged(selectedBodyRange().has_value()); });
}

QVariant ArticleReader::loadResource(int, const QUrl &)
{
    return {};
}

void ArticleReader::setTextSize(int pointSize)
{
    m_textSize = qBound(8, pointSize, 32);
    QFont f = font();
    f.setPointSize(m_textSize);
    document()->setDefaultFont(f);
}

void ArticleReader::clearArticle()
{
    m_articleId = 0;
    m_body.clear();
    m_paragraphs.clear();
    m_claims.clear();
    m_suggestions.clear();
    m_currentClaim = 0;
    m_searchMatches.clear();
    m_currentMatch = -1;
    clear();
    setExtraSelections({});
}

void ArticleReader::showArticle(const Article &article, const QList<Claim> &claims)
{
    if (article.id != m_articleId)
        m_suggestions.clear(); // the suggestion list sends the new article's
    clearArticle();
    m_article = article;
    m_articleId = article.id;
    m_body = article.body;
    QTextDocument *doc = document();
    QTextCursor cursor(doc);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(6);
    QTextCharFormat titleChar;
    titleChar.setFontPointSize(m_textSize * 1.6);
    titleChar.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(article.title, titleChar);

    QTextCharFormat metaChar;
    // Muted tones taken from the palette, so the light and the dark theme both read.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    metaChar.setForeground(HighlightColors::blend(text, base, 170));
    QStringList meta;
    meta << (article.outlet.isEmpty() ? tr("Unknown outlet") : article.outlet);
    meta << (article.published.isValid() ? QLocale().toString(article.published.date, QLocale::LongFormat)
                                         : tr("date unknown"));
    if (!article.author.isEmpty())
        meta << article.author;
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(12);
    cursor.insertBlock(metaBlock, metaChar);
    cursor.insertText(meta.join(QStringLiteral(" · ")));

    QTextBlockFormat captionBlock;
    captionBlock.setLeftMargin(16);
    captionBlock.setRightMargin(16);
    captionBlock.setBottomMargin(8);
    captionBlock.setBackground(HighlightColors::blend(text, base, 14));
    QTextCharFormat captionChar;
    captionChar.setFontItalic(true);
    captionChar.setForeground(HighlightColors::blend(text, base, 190));
    captionChar.setFontPointSize(m_textSize * 0.9);
    for (const QString &caption : article.captions) {
        cursor.insertBlock(captionBlock, captionChar);
        cursor.insertText(caption);
    }

    QTextBlockFormat paragraphBlock;
    paragraphBlock.setTopMargin(6);
    paragraphBlock.setBottomMargin(6);
    paragraphBlock.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat bodyChar;
    qsizetype at = 0;
    while (at <= m_body.size()) {
        qsizetype end = m_body.indexOf(QStringLiteral("\n\n"), at);
        if (end < 0)
            end = m_body.size();
        cursor.insertBlock(paragraphBlock, bodyChar);
        m_paragraphs << Paragraph{at, cursor.position(), end - at};
        cursor.insertText(m_body.mid(at, end - at));
        at = end + 2;
    }
    findSearchMatches();
    setClaims(claims);
    moveCursor(QTextCursor::Start);
    if (!m_searchMatches.isEmpty())
        stepSearchMatch(1);
}

void ArticleReader::setSearchQuery(const QString &ftsQuery)
{
    if (ftsQuery == m_searchQuery)
        return;
    m_searchQuery = ftsQuery;
    findSearchMatches();
    applyHighlights();
    if (!m_searchMatches.isEmpty())
        stepSearchMatch(1);
}

void ArticleReader::findSearchMatches()
{
    m_searchMatches.clear();
    m_currentMatch = -1;
    const QRegularExpression pattern = searchPattern(m_searchQuery);
    if (!pattern.isValid() || pattern.pattern().isEmpty() || m_articleId == 0)
        return;
    const QString text = document()->toRawText();
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            m_searchMatches.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
}

bool ArticleReader::stepSearchMatch(int delta)
{
    if (m_searchMatches.isEmpty())
        return false;
    const int count = int(m_searchMatches.size());
    m_currentMatch =
        m_currentMatch < 0 ? (delta >= 0 ? 0 : count - 1) : ((m_currentMatch + delta) % count + count) % count;
    const auto [from, to] = m_searchMatches.at(m_currentMatch);
    QTextCursor c(document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
    applyHighlights();
    return true;
}

int ArticleReader::documentPosition(qsizetype bodyIndex) const
{
    for (qsizetype i = m_paragraphs.size() - 1; i >= 0; --i) {
        const Paragraph &p = m_paragraphs.at(i);
        if (bodyIndex >= p.bodyStart)
            return p.docStart + int(qMin(bodyIndex - p.bodyStart, p.length));
    }
    return m_paragraphs.isEmpty() ? 0 : m_paragraphs.first().docStart;
}

std::optional<qsizetype> ArticleReader::bodyIndex(int documentPosition) const
{
    if (m_paragraphs.isEmpty() || documentPosition < m_paragraphs.first().docStart)
        return std::nullopt;
    for (qsizetype i = m_paragraphs.size() - 1; i >= 0; --i) {
        const Paragraph &p = m_paragraphs.at(i);
        if (documentPosition >= p.docStart)
            return p.bodyStart + qMin<qsizetype>(documentPosition - p.docStart, p.length);
    }
    return std::nullopt;
}

std::optional<QPair<qsizetype, qsizetype>> ArticleReader::selectedBodyRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection() || m_paragraphs.isEmpty())
        return std::nullopt;
    const int bodyStartDoc = m_paragraphs.first().docStart;
    const int from = qMax(c.selectionStart(), bodyStartDoc);
    const int to = c.selectionEnd();
    if (to <= from)
        return std::nullopt;
    const auto start = bodyIndex(from);
    const auto end = bodyIndex(to);
    if (!start || !end || *end <= *start)
        return std::nullopt;
    return qMakePair(*start, *end);
}

void ArticleReader::selectBodyRange(qsizetype start, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(documentPosition(start));
    c.setPosition(documentPosition(end), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void ArticleReader::setClaims(const QList<Claim> &claims)
{
    m_claims = claims;
    applyHighlights();
}

void ArticleReader::setCurrentClaim(qint64 claimId)
{
    m_currentClaim = claimId;
    applyHighlights();
    if (const auto range = documentRangeOfClaim(claimId)) {
        QTextCursor c(document());
        c.setPosition(range->first);
        const QRect r = cursorRect(c);
        if (r.top() < 0 || r.bottom() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - viewport()->height() / 3);
    }
}

std::optional<QPair<int, int>> ArticleReader::documentRangeOfClaim(qint64 claimId) const
{
    for (const Claim &c : m_claims) {
        if (c.id == claimId && !c.orphaned) {
            const qsizetype start = TextOffsets::toUtf16(m_body, c.anchor.start);
            const qsizetype end = TextOffsets::toUtf16(m_body, c.anchor.end);
            return qMakePair(documentPosition(start), documentPosition(end));
        }
    }
    return std::nullopt;
}

QString ArticleReader::documentText(int from, int to) const
{
    QTextCursor c(document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

qint64 ArticleReader::claimAtBodyPosition(qsizetype bodyIndex) const
{
    const qint64 cp = TextOffsets::toCodePoints(m_body, bodyIndex);
    qint64 best = 0;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    for (const Claim &c : m_claims) {
        if (!c.orphaned && cp >= c.anchor.start && cp < c.anchor.end && c.anchor.end - c.anchor.start < bestLength) {
            best = c.id;
            bestLength = c.anchor.end - c.anchor.start;
        }
    }
    return best;
}

void ArticleReader::applyHighlights()
{
    // Extra selections leave the document alone and blend where claims overlap, so both stay visible.
    QList<QTextEdit::ExtraSelection> selections;
    for (const Claim &c : m_claims) {
        const auto range = documentRangeOfClaim(c.id);
        if (!range)
            continue;
        QColor color = m_colorFor ? m_colorFor(c.status) : QColor(Qt::yellow);
        const bool current = c.id == m_currentClaim;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(range->first);
        s.cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        s.format.setBackground(HighlightColors::claimFill(color, palette(), current));
        s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        s.format.setUnderlineColor(color.darker(current ? 160 : 120));
        s.format.setProperty(QTextFormat::UserProperty, c.id);
        selections << s;
    }
    // Search matches go on top of claims: a bold, outlined mark that reads on any status colour and theme.
    for (int i = 0; i < m_searchMatches.size(); ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_searchMatches.at(i).first);
        s.cursor.setPosition(m_searchMatches.at(i).second, QTextCursor::KeepAnchor);
        s.format.setFontWeight(QFont::Bold);
        s.format.setBackground(i == m_currentMatch ? QColor(0xff, 0x9e, 0x2c) : QColor(0xff, 0xe0, 0x66));
        s.format.setForeground(QColor(Qt::black));
        s.format.setProperty(QTextFormat::UserProperty + 1, i);
        selections << s;
    }
    // Suggestions: a dotted underline in a muted text tone, the link colour for the current one; the pattern, not
    // the colour, tells them from claims, which are filled and solidly underlined. Both come from the palette, so
    // they show on a dark one too.
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const auto range = documentRangeOfSuggestion(i);
        if (!range)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(range->first);
        s.cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::DotLine);
        s.format.setUnderlineColor(HighlightColors::suggestionUnderline(palette(), i == m_currentSuggestion));
        s.format.setProperty(QTextFormat::UserProperty + 2, i);
        selections << s;
    }
    setExtraSelections(selections);
}

void ArticleReader::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_articleId) {
        // The muted tones and the highlight fills are chosen against the palette: lay the article out again.
        const int scroll = verticalScrollBar()->value();
        const Article article = m_article;
        const QList<Claim> claims = m_claims;
        showArticle(article, claims);
        verticalScrollBar()->setValue(scroll);
    }
}

void ArticleReader::setSuggestions(const QList<QPair<qint64, qint64>> &codePointRanges, int current)
{
    m_suggestions = codePointRanges;
    m_currentSuggestion = current;
    applyHighlights();
    if (const auto range = documentRangeOfSuggestion(current)) {
        QTextCursor c(document());
        c.setPosition(range->first);
        setTextCursor(c);
        ensureCursorVisible();
    }
}

std::optional<QPair<int, int>> ArticleReader::documentRangeOfSuggestion(int index) const
{
    if (index < 0 || index >= m_suggestions.size() || m_body.isEmpty())
        return std::nullopt;
    const qsizetype start = TextOffsets::toUtf16(m_body, m_suggestions[index].first);
    const qsizetype end = TextOffsets::toUtf16(m_body, m_suggestions[index].second);
    if (end <= start)
        return std::nullopt;
    return qMakePair(documentPosition(start), documentPosition(end));
}

void ArticleReader::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const auto index = bodyIndex(cursorForPosition(event->position().toPoint()).position());
    if (!index)
        return;
    if (const qint64 id = claimAtBodyPosition(*index))
        Q_EMIT claimClicked(id);
}

} // namespace sift
