#pragma once

#include <QStringList>

#include <memory>
#include <optional>

namespace kp::client {

struct AppContext;
class SingleInstance;

// Parses the command line, installs look and language, builds the object graph (ApiClient,
// TokenStore, Session, MainWindow) and runs it, or renders `--screenshot DIR` and exits.
// A `kundenportal://` link among the arguments is opened once the window is up; when the app
// already runs for this user and server, the link (or "show yourself") goes to it instead.
class Application {
public:
    Application();
    ~Application();
    // Expects a QApplication to exist already. start() and then the event loop.
    int run(const QStringList &arguments);
    // Everything run() does before the event loop: an exit code when the run is already over
    // (screenshots, a bad option, handed over to the running app), nullopt when the window is up.
    std::optional<int> start(const QStringList &arguments);

    // After start() returned nullopt: the running app, and the local socket later starts reach.
    AppContext &context();
    SingleInstance &instance();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

// Names the application the way settings, data folders and the desktop file expect (main() calls
// it right after creating the QApplication; tests do the same to be that app).
void setApplicationIdentity();

// Loads the app's and Qt's own translations for `language` ("de", "en"; empty: the system's).
void installTranslations(const QString &language);

} // namespace kp::client
