#include "core/project/ArticleCommands.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"

#include <QCoreApplication>

namespace sift {

SetArticleFieldCommand::SetArticleFieldCommand(Project &project, qint64 articleId, ArticleStore::Field field,
                                               const QString &value)
    : ProjectCommand(project, QCoreApplication::translate("sift", "Set article %1")
                                  .arg(ArticleStore::fieldKey(field).replace(QLatin1Char('_'), QLatin1Char(' '))))
    , m_articleId(articleId)
    , m_field(field)
    , m_old(project.articles().fieldValue(articleId, field))
    , m_new(value)
{}

bool SetArticleFieldCommand::mergeWith(const QUndoCommand *other)
{
    // Typing into one text field is one undo step; a change of date or state always stands alone.
    const auto *o = static_cast<const SetArticleFieldCommand *>(other);
    const bool textField = m_field == ArticleStore::Field::Title || m_field == ArticleStore::Field::Notes ||
                           m_field == ArticleStore::Field::Outlet || m_field == ArticleStore::Field::Url ||
                           m_field == ArticleStore::Field::Author;
    if (!textField || o->m_articleId != m_articleId || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    // Typed and then deleted again: no step is left that undoes nothing (QUndoStack drops it).
    setObsolete(m_new == m_old);
    return true;
}

void SetArticleFieldCommand::write(const QString &value)
{
    if (m_project.db().isPostgres()) {
        m_project.db().lockRow("article", m_articleId);
        refuseIfChanged(QStringLiteral("article"), m_articleId, ArticleStore::fieldKey(m_field),
                        Sift::tr("The article's %1").arg(ArticleStore::fieldKey(m_field).replace(u'_', u' ')),
                        undoing() ? m_new : m_old, m_project.articles().fieldValue(m_articleId, m_field));
    }
    m_project.articles().setField(m_articleId, m_field, value);
    recordHistory(QStringLiteral("article"), m_articleId, ArticleStore::fieldKey(m_field), m_old, m_new);
}

void SetArticleFieldCommand::apply()
{
    write(m_new);
}

void SetArticleFieldCommand::revert()
{
    write(m_old);
}

void SetArticleFieldCommand::notify()
{
    Q_EMIT m_project.articleChanged(m_articleId);
}

} // namespace sift
