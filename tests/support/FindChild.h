#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

#include <type_traits>

namespace sift::test {

/// root's descendant of type T named name (any name when name is null). When there is none, the current test
/// is failed with a message that names what was looked for, and the result is null: a renamed widget fails a
/// test with a sentence, never a crash.
template <class T> T *findChildOrFail(const QObject *root, const char *name, const char *file, int line)
{
    const QString objectName = name ? QString::fromLatin1(name) : QString();
    T *found = root ? root->findChild<T *>(objectName) : nullptr;
    if (!found) {
        const QByteArray message =
            QByteArray("no ") + std::remove_cv_t<T>::staticMetaObject.className() +
            (name ? QByteArray(" named \"") + name + '"' : QByteArray()) + " under " +
            (root ? QByteArray(root->metaObject()->className()) + " \"" + root->objectName().toUtf8() + '"'
                  : QByteArray("a null object"));
        QTest::qFail(message.constData(), file, line);
    }
    return found;
}

} // namespace sift::test

/// The child of root of type T named name, or null after failing the test with "no T named NAME under ROOT".
/// For helpers that return a value; their callers check the result.
#define SIFT_FIND_CHILD(T, root, name) ::sift::test::findChildOrFail<T>((root), (name), __FILE__, __LINE__)

/// Declares `T *var` as the child of root named name (nullptr: any name); when there is none, fails the test with
/// a message naming it and returns from the test function (or from the void lambda it is used in).
#define SIFT_CHILD(T, var, root, name)                                                                                 \
    T *const var = SIFT_FIND_CHILD(T, root, name);                                                                     \
    if (!var)                                                                                                          \
    return
