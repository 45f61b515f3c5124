#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kp {

// A change of one's own profile (API.md PATCH /api/v1/me) as typed: only the fields present
// change; an empty username or phone removes it. The client sends it (and queues it offline),
// the server validates and normalises it.
struct ProfileEdit {
    std::optional<QString> name;
    std::optional<QString> company;
    std::optional<QString> username;
    std::optional<QString> email;
    std::optional<QString> phone;

    bool isEmpty() const { return !name && !company && !username && !email && !phone; }
    // The PATCH body: present fields only; an empty username or phone as null.
    QJsonObject toJson() const;
};

} // namespace kp
