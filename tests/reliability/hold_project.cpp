// sift-hold-project PROJECT.sift: opens a project for writing the way Sift does, prints "ready PID" and keeps it
// open until its standard input closes or it is killed. The second process in the lock tests.
#include "core/project/Project.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: sift-hold-project PROJECT.sift\n");
        return 2;
    }
    QString error;
    const auto project = sift::Project::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("ready %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    char buffer[256];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}
