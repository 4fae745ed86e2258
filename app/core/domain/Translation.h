#pragma once

#include <QCoreApplication>
#include <QString>

namespace sift {

/// The translation context of every user-visible string outside a QObject: "sift". A QObject's tr() files its
/// strings under its class ("sift::MainWindow"); all other code calls Sift::tr("..."), which lupdate reads as
/// context "sift" too. A bare tr() outside a QObject would be filed by lupdate under a context that does not
/// exist at run time; tests/i18n (CTest label i18n) fails on any such string.
class Sift final
{
    Q_DECLARE_TR_FUNCTIONS(sift)

public:
    Sift() = delete;
};

} // namespace sift
