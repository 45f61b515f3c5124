#include "client/settings/ServerSettingsDialog.h"

#include "client/api/HealthApi.h"
#include "client/app/ClientSettings.h"
#include "client/widgets/Banner.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

ServerSettingsDialog::ServerSettingsDialog(const QUrl &current, ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_address(new FormField(tr("Server address"), QStringLiteral("serverUrl")))
    , m_unencrypted(new Banner(QStringLiteral("serverUnencryptedWarning")))
    , m_result(new QLabel)
    , m_test(new QPushButton(tr("Test connection")))
    , m_server(current)
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Server"));
    setMinimumWidth(480);
    auto *title = new QLabel(tr("Connect to your agency's server"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *hint = new QLabel(tr("You get this address from your agency, for example portal.agency.com."));
    hint->setProperty("role", QStringLiteral("secondary"));
    hint->setWordWrap(true);
    m_address->setText(current.toString());
    m_result->setObjectName(QStringLiteral("serverTestResult"));
    m_result->setWordWrap(true);
    m_result->setProperty("role", QStringLiteral("caption"));
    m_test->setObjectName(QStringLiteral("serverTest"));

    auto *cancel = new QPushButton(tr("Cancel"));
    auto *save = new QPushButton(tr("Save"));
    save->setObjectName(QStringLiteral("serverSave"));
    save->setProperty("variant", QStringLiteral("primary"));
    save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_address);
    layout->addWidget(m_unencrypted);
    layout->addWidget(m_result);
    layout->addSpacing(theme::spacing::s);
    layout->addLayout(buttons);

    showUnencryptedWarning();
    connect(m_address->edit(), &QLineEdit::textChanged, this, &ServerSettingsDialog::showUnencryptedWarning);
    connect(m_test, &QPushButton::clicked, this, &ServerSettingsDialog::testConnection);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ServerSettingsDialog::save);
}

// Warns while typing, before anything is sent: saving such an address is allowed (a server in
// the office network), but the person should choose it knowingly.
void ServerSettingsDialog::showUnencryptedWarning()
{
    const bool unencrypted = ClientSettings::isUnencryptedRemote(ClientSettings::parseServer(m_address->text()));
    m_unencrypted->showMessage(Banner::Tone::Warning,
                               unencrypted ? tr("This address is not encrypted (http://): your password and your "
                                                "session would cross the network readable by others. Use https:// "
                                                "unless the server runs on this computer.")
                                           : QString());
}

void ServerSettingsDialog::save()
{
    const auto url = ClientSettings::parseServer(m_address->text());
    if (!url.isValid()) {
        m_address->setError(tr("Enter an address like portal.agency.com or http://127.0.0.1:8080."));
        return;
    }
    m_server = url;
    accept();
}

void ServerSettingsDialog::testConnection()
{
    const auto url = ClientSettings::parseServer(m_address->text());
    if (!url.isValid()) {
        m_address->setError(tr("Enter an address like portal.agency.com or http://127.0.0.1:8080."));
        return;
    }
    m_address->setError(QString());
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting …"));
    // A dialog closed meanwhile takes the answer's handlers with it (Qt's receiver rule).
    HealthApi(m_api)
        .check(url)
        .onSuccess(this,
                   [this](const Health &health) {
                       m_result->setText(tr("Connected. Server version %1.").arg(health.version));
                       m_test->setEnabled(true);
                   })
        .onFailure(this, [this](const ApiError &error) {
            m_result->setText(tr("No Kundenportal server answers at this address (%1).")
                                  .arg(error.isNetworkError() ? error.networkError : error.message()));
            m_test->setEnabled(true);
        });
}

} // namespace kp::client
