#pragma once

#include <QByteArray>
#include <QString>

// A Google service account made up for a test: a fresh RSA key generated with OpenSSL at test
// time (no private key is ever committed) and its JSON key file, in the shape Google Cloud hands
// out, written into a folder the test owns. FakeGoogle gets the public half.
struct TestServiceAccount {
    QString clientEmail;
    QString keyFile;         // the JSON key file, for [google] service_account_file
    QByteArray publicKeyPem; // SubjectPublicKeyInfo PEM, for FakeGoogle::addServiceAccount
    QByteArray privateKeyPem;

    // Throws std::runtime_error when OpenSSL or the file system fails.
    static TestServiceAccount create(const QString &directory,
                                     const QString &clientEmail
                                     = QStringLiteral("portal-sync@kundenportal-test.iam.gserviceaccount.com"));
};
