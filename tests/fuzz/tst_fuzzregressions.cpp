// Replays every saved fuzz input through the parsers: the seed corpus, and each input that once crashed
// a fuzzer (tests/fuzz/regressions/TARGET/), so a fixed bug stays fixed in every build, sanitized or not.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedInputsRunClean_data();
    void savedInputsRunClean();
};

void TestFuzzRegressions::savedInputsRunClean_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");

    int rows = 0;
    for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
        for (const QString &target : sift::fuzz::targetNames()) {
            const QDir dir(QStringLiteral(SIFT_FUZZ_DIR "/%1/%2").arg(kind, target));
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(target), qPrintable(file.fileName()))
                    << target << file.absoluteFilePath();
                ++rows;
            }
        }
    }
    if (rows == 0)
        QTest::newRow("no saved inputs") << QString() << QString();
}

void TestFuzzRegressions::savedInputsRunClean()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no saved fuzz inputs");

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(
        sift::fuzz::run(target, reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())),
        0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
