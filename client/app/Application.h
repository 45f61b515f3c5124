#pragma once

#include <QStringList>

#include <memory>

namespace kp::client {

// Parses the command line, installs look and language, builds the object graph (ApiClient,
// TokenStore, Session, MainWindow) and runs it, or renders `--screenshot DIR` and exits.
class Application {
public:
    Application();
    ~Application();
    // Expects a QApplication to exist already.
    int run(const QStringList &arguments);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

// Loads the app's and Qt's own translations for `language` ("de", "en"; empty: the system's).
void installTranslations(const QString &language);

} // namespace kp::client
