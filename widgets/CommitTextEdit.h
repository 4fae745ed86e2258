#pragma once

#include <QPlainTextEdit>

#include <functional>

namespace sift {

/// A plain-text field that reports when the analyst leaves it, so a long note is one edit.
class CommitTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onCommit;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onCommit)
            onCommit();
    }
};

} // namespace sift
