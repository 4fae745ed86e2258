// A fixture for i18n_refuses_stray_context, never compiled: the per-file tr() helper Sift used to have. At run time
// it translates in context "sift", but lupdate files the string under "sift::Parser", which does not exist.
#include <QCoreApplication>

namespace sift {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sift", text);
}

} // namespace

class Parser
{
public:
    QString error() const;
};

QString Parser::error() const
{
    return tr("the file is empty");
}

} // namespace sift
