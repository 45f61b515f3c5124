#include "client/profile/ProfilePageEntry.h"

#include "client/api/ApiError.h"
#include "client/app/DemoData.h"
#include "client/app/PageRegistry.h"
#include "client/profile/ProfileController.h"
#include "client/profile/ProfilePage.h"
#include "client/widgets/Theme.h"
#include "shared/Validation.h"

#include <QLineEdit>
#include <QLinearGradient>
#include <QPainter>

namespace kp::client {
namespace {

// A picture for the screenshots: a soft gradient portrait placeholder, drawn, not shipped.
QImage demoPicture()
{
    QImage image(256, 256, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 256);
    sky.setColorAt(0, QColor(0x93, 0xC5, 0xFD));
    sky.setColorAt(1, QColor(0x25, 0x63, 0xEB));
    painter.fillRect(image.rect(), sky);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xF6, 0xF7, 0xF9));
    painter.drawEllipse(QPointF(128, 100), 46, 46);
    painter.drawEllipse(QPointF(128, 250), 90, 80);
    return image;
}

ApiError demoSaveError()
{
    ApiError error;
    error.code = ErrorCode::Conflict;
    error.httpStatus = 409;
    error.fields.insert(QStringLiteral("email"), validation::problem::taken);
    return error;
}

ApiError demoPasswordError()
{
    ApiError error;
    error.code = ErrorCode::InvalidCredentials;
    error.httpStatus = 401;
    return error;
}

} // namespace

void registerProfilePage(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("profile"),
        .icon = QStringLiteral("avatar-default"),
        .title = [] { return ProfilePage::tr("Profile"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .create =
            [](const PageServices &services) {
                auto *page = new ProfilePage;
                new ProfileController(*page, services.session, services.api, services.offline);
                return page;
            },
        .opened = [](QWidget *page) { page->findChild<ProfileController *>()->refresh(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<ProfilePage *>(widget);
                shots.showPageAs(shots.demo().customer);
                page->setAccount(shots.demo().customer);
                page->setPicture(QImage());
                shots.shoot(QStringLiteral("profile"));
                page->setPicture(demoPicture());
                shots.shoot(QStringLiteral("profile-picture"));
                // Started without the server: the page from the cache, and an edit waiting in
                // the outbox.
                shots.showOffline(QDateTime(QDate(2026, 11, 24), QTime(14, 5)));
                page->findChild<QLineEdit *>(QStringLiteral("profileCompany"))
                    ->setText(QStringLiteral("Becker Immobilien & Bau GmbH"));
                page->showQueued();
                shots.shoot(QStringLiteral("profile-offline"));
                // A taken email and a wrong current password, with what was typed kept.
                shots.showPageAs(shots.demo().customer);
                page->findChild<QLineEdit *>(QStringLiteral("profileEmail"))->setText(QStringLiteral("info@firma.de"));
                page->showSaveError(demoSaveError());
                page->findChild<QLineEdit *>(QStringLiteral("profileCompany"))->setText(shots.demo().customer.company);
                page->findChild<QLineEdit *>(QStringLiteral("profileCurrentPassword"))
                    ->setText(QStringLiteral("vertippt"));
                page->showPasswordError(demoPasswordError());
                shots.shoot(QStringLiteral("profile-errors"));
            },
    });
}

} // namespace kp::client
