#pragma once

#include <QApplication>

namespace sift {

/// The GUI's QApplication. The last line of defence for a database error no handler caught (a server that went
/// away while the analyst clicks on): the event's action stops, the analyst reads why, and the window goes on,
/// instead of the process aborting. Code that can fail still catches StoreError where it can say more; this only
/// keeps one from escaping into Qt's event loop.
class Application final : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_reporting = false; // one message box at a time, even if its own events fail again
};

} // namespace sift
