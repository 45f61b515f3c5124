#include "OpenApiContract.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// openapi.json and the server's route table describe the same API.
class TestOpenApi : public QObject {
    Q_OBJECT

private slots:
    void documentsEveryRegisteredRouteAndNothingElse();
    void isOpenApi3WithUniqueOperationIdsAndErrorBodies();
};

void TestOpenApi::documentsEveryRegisteredRouteAndNothingElse()
{
    TestServer server;
    QByteArray output;
    QCOMPARE(server.runOnce({QStringLiteral("--print-routes")}, {}, &output), 0);
    QSet<QString> registered;
    // Each line starts "METHOD PATTERN", the rest describes access, gates and body.
    for (const auto &line : output.split('\n')) {
        const auto fields = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 2)
            registered.insert(fields[0] + QLatin1Char(' ') + fields[1]);
    }
    QVERIFY(registered.contains(QStringLiteral("GET /healthz")));
    const auto documentedList = OpenApiContract::instance().operations();
    const QSet<QString> documented(documentedList.begin(), documentedList.end());
    const auto undocumented = registered - documented;
    const auto unregistered = documented - registered;
    QVERIFY2(undocumented.isEmpty(), qPrintable(QStringList(undocumented.values()).join(QStringLiteral(", "))));
    QVERIFY2(unregistered.isEmpty(), qPrintable(QStringList(unregistered.values()).join(QStringLiteral(", "))));
}

void TestOpenApi::isOpenApi3WithUniqueOperationIdsAndErrorBodies()
{
    QFile file(QStringLiteral(KP_OPENAPI_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto document = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.0.")));
    QVERIFY(!document.value(QLatin1String("info")).toObject().value(QLatin1String("version")).toString().isEmpty());
    QSet<QString> operationIds;
    const auto paths = document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const auto item = path.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (op.key() == QLatin1String("parameters"))
                continue;
            const auto operation = op.value().toObject();
            const auto id = operation.value(QLatin1String("operationId")).toString();
            QVERIFY2(!id.isEmpty() && !operationIds.contains(id), qPrintable(path.key()));
            operationIds.insert(id);
            const auto responses = operation.value(QLatin1String("responses")).toObject();
            QVERIFY2(!responses.isEmpty(), qPrintable(path.key()));
        }
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
