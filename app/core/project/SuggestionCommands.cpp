#include "core/project/SuggestionCommands.h"

#include "core/analysis/ClaimSuggester.h"
#include "core/domain/TextOffsets.h"
#include "core/domain/Translation.h"
#include "core/project/Project.h"

namespace sift {

RejectSuggestionCommand::RejectSuggestionCommand(Project &project, const RejectedSuggestion &rejection)
    : ProjectCommand(project, Sift::tr("Reject suggested claim"))
    , m_rejection(rejection)
{}

void RejectSuggestionCommand::apply()
{
    SuggestionStore(m_project.db()).reject(m_rejection);
    recordHistory(QStringLiteral("suggestion_rejection"), m_rejection.articleId, QStringLiteral("rejected"), QString(),
                  m_rejection.quote);
}

void RejectSuggestionCommand::revert()
{
    SuggestionStore(m_project.db()).unreject(m_rejection);
    recordHistory(QStringLiteral("suggestion_rejection"), m_rejection.articleId, QStringLiteral("rejected"), QString(),
                  m_rejection.quote);
}

void RejectSuggestionCommand::notify()
{
    Q_EMIT m_project.suggestionsChanged(m_rejection.articleId);
}

namespace SuggestionActions {

namespace {

qint64 claimAt(const QList<Claim> &claims, const AttributionSpan &span)
{
    for (const Claim &c : claims)
        if (!c.orphaned && c.anchor.start == span.start && c.anchor.end == span.end)
            return c.id;
    return 0;
}

/// Links every denial to the statement it answers when both are claims and one of them is new.
bool linkContradictions(Project &project, qint64 articleId, const QList<qint64> &created)
{
    const QList<Suggestion> all = ClaimSuggester(project.db()).allSuggestions(articleId);
    const QList<Claim> claims = project.claims().claimsForArticle(articleId);
    const auto disputed = project.vocabulary().statusByName(QStringLiteral("Disputed"));
    for (const Suggestion &d : all) {
        if (!d.contradictsContent.isValid())
            continue;
        const qint64 from = claimAt(claims, d.content);
        const qint64 to = claimAt(claims, d.contradictsContent);
        if (!from || !to || (!created.contains(from) && !created.contains(to)))
            continue;
        bool linked = false;
        for (const ClaimLink &l : project.claims().links(from))
            linked = linked || l.fromClaim == to || l.toClaim == to;
        if (linked)
            continue;
        if (!project.addClaimLink(from, to, ClaimRelation::Contradicts))
            return false;
        if (disputed) {
            for (const qint64 id : {from, to})
                if (project.claims().fieldValue(id, ClaimStore::Field::Status).toLongLong() != disputed->id &&
                    !project.setClaimField(id, ClaimStore::Field::Status, disputed->id))
                    return false;
        }
    }
    return true;
}

} // namespace

Claim claimFor(const QString &body, const Suggestion &suggestion)
{
    Claim c;
    c.articleId = suggestion.articleId;
    c.anchor = TextOffsets::anchorFor(body, TextOffsets::toUtf16(body, suggestion.content.start),
                                      TextOffsets::toUtf16(body, suggestion.content.end));
    c.claimant = suggestion.entity.isEmpty() ? suggestion.speaker.text : suggestion.entity;
    c.reportedBy = suggestion.reportedBy;
    c.stance = suggestion.stance;
    c.status = suggestion.status;
    c.note = Sift::tr("Suggested by rule %1 (confidence %2); cue: \u201C%3\u201D")
                 .arg(suggestion.rule)
                 .arg(suggestion.confidence, 0, 'f', 2)
                 .arg(suggestion.cue.text);
    return c;
}

QList<qint64> accept(Project &project, qint64 articleId, const QList<Suggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return {};
    const QString body = project.articles().body(articleId);
    QList<qint64> ids;
    const QString text = suggestions.size() == 1 ? Sift::tr("Accept suggested claim")
                                                 : Sift::tr("Accept %1 suggested claims").arg(suggestions.size());
    const bool ok = project.pushMacro(text, [&] {
        for (Suggestion s : suggestions) {
            s.articleId = articleId;
            Claim c = claimFor(body, s);
            if (!c.status.isEmpty() && !project.vocabulary().statusByName(c.status))
                c.status.clear(); // a project without that status keeps its default
            const qint64 id = project.addClaim(c);
            if (!id)
                return false;
            ids << id;
        }
        return linkContradictions(project, articleId, ids);
    });
    return ok ? ids : QList<qint64>{};
}

bool reject(Project &project, const Suggestion &suggestion)
{
    return project.push(
        new RejectSuggestionCommand(project, RejectedSuggestion{suggestion.articleId, suggestion.content.start,
                                                                suggestion.content.end, suggestion.content.text}));
}

} // namespace SuggestionActions
} // namespace sift
