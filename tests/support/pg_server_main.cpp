// sift-test-pgserver: starts a throwaway PostgreSQL server (PgServer), prints a fresh database's URL, and keeps the
// server until its standard input closes; then stops it and removes its folder. For trying sift-cli by hand:
//   coproc build/test/tests/support/sift-test-pgserver; read -r URL <&"${COPROC[0]}"; sift-cli push p.sift "$URL"
#include "support/PgServer.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    sift::test::PgServer &server = sift::test::PgServer::shared();
    if (!server.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.createDatabase()));
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line == "new") { // another fresh database
            std::printf("%s\n", qPrintable(server.createDatabase()));
            std::fflush(stdout);
        }
    }
    return 0;
}
