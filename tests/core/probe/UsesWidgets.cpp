// Compiled with sift_core's include rules plus the Widgets include path: it must fail to build.
#include <QWidget>

int probeUsesWidgets()
{
    return sizeof(QWidget);
}
