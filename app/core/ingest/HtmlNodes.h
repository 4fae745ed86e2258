#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

namespace sift::HtmlNodes {

/// Helpers over libgumbo's tree shared by the HTML extractor and the metadata reader; private to core/ingest.

inline bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

inline const GumboVector *children(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElement(node))
        return &node->v.element.children;
    return nullptr;
}

inline const GumboNode *child(const GumboVector *vector, unsigned int i)
{
    return static_cast<const GumboNode *>(vector->data[i]);
}

inline GumboTag tag(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const char *attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return nullptr;
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? attr->value : nullptr;
}

inline QString attributeText(const GumboNode *node, const char *name)
{
    const char *value = attribute(node, name);
    return value ? QString::fromUtf8(value) : QString();
}

/// All text below node in document order, whitespace collapsed (iterative: pages may nest deep).
QString textContent(const GumboNode *node);

/// "class id" in lower case: what the class and id hints are matched against.
QString classAndId(const GumboNode *node);

} // namespace sift::HtmlNodes
