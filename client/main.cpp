#include "client/app/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Qt WebEngine (the support tab's messenger) shares OpenGL contexts; only settable before the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    kp::client::setApplicationIdentity();
    kp::client::Application application;
    return application.run(QApplication::arguments());
}
