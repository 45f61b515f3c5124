#include "client/app/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Qt WebEngine (the support tab's messenger) shares OpenGL contexts; only settable before the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kundenportal"));
    QApplication::setApplicationName(QStringLiteral("kundenportal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kundenportal"));
    QApplication::setApplicationVersion(QStringLiteral(KP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kundenportal"));
    kp::client::Application application;
    return application.run(QApplication::arguments());
}
