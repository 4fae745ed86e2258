#include "app/Application.h"

#include "core/store/Database.h"
#include "widgets/Dialogs.h"

#include <cstdio>

namespace sift {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError &e) {
        const QString message = tr("Sift could not finish this action: %1").arg(e.message());
        std::fprintf(stderr, "%s\n", qPrintable(message));
        if (!m_reporting) {
            m_reporting = true;
            Dialogs::warning(activeWindow(), tr("Sift"), message);
            m_reporting = false;
        }
        return false;
    }
}

} // namespace sift
