#include "server/onboarding/OnboardingRoutes.h"

#include "server/http/JsonFields.h"
#include "server/http/Router.h"
#include "server/onboarding/ChecklistService.h"
#include "server/onboarding/ChecklistSync.h"
#include "server/onboarding/UploadedDocument.h"

#include <QUrl>

namespace kp::server {
namespace {

// Answers are saved as the customer types, a few at a time: the routes' usual in-memory limit.
constexpr std::size_t kMaxAnswersBody = Router::kDefaultMaxBody;
// A sheet of ChecklistSheet::kMaxItems rows fits easily; more is refused by its row count.
constexpr std::size_t kMaxCsvUpload = 4 * 1024 * 1024;
// Declared types a file upload may come with; the content decides (UploadedDocument).
const std::vector<std::string> kDocumentTypes {"application/pdf", "image/png", "image/jpeg",
                                               "text/plain",      "text/csv",  "application/octet-stream"};

Reply saveAnswers(ChecklistService &checklists, RequestContext &context)
{
    JsonFields body(context.json());
    const auto answers = body.requiredObject(QStringLiteral("answers"));
    body.finish();
    return Reply::json(checklists.saveAnswers(context.account(), answers).toJson());
}

Reply uploadFile(ChecklistService &checklists, RequestContext &context)
{
    // The name travels in the query (?name=Vertrag.pdf): the body is the file alone.
    const auto file = checklists.attachFile(context.account(), context.param("item_id"), context.uploadedFile().path,
                                            context.query("name"));
    return Reply::json({{QStringLiteral("value"), file.sha256},
                        {QStringLiteral("name"), file.name},
                        {QStringLiteral("size"), file.size},
                        {QStringLiteral("content_type"), file.contentType}});
}

// The stored file under the name the customer gave it. Only its owner and admins may read it,
// so no shared cache may keep it; its content never changes (the name is its hash).
Reply serveFile(const ChecklistService::StoredDocument &document)
{
    const auto name = QUrl::toPercentEncoding(document.file.name).toStdString();
    return Reply::file(document.path, document.file.contentType.toStdString())
        .withHeader("Cache-Control", "private, max-age=86400")
        .withHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
}

Reply tickAgencyItem(ChecklistService &checklists, RequestContext &context)
{
    JsonFields body(context.json());
    const bool done = body.requiredBool(QStringLiteral("done"));
    body.finish();
    return Reply::json(
        checklists.tickAgencyItem(context.param("id"), context.param("item_id"), done, context.account()).toJson(true));
}

Reply importCsv(ChecklistService &checklists, ChecklistSync &sync, RequestContext &context)
{
    const auto outcome = checklists.importCsv(context.uploadedBytes());
    auto status = sync.status();
    status.insert(QStringLiteral("outcome"),
                  outcome.newVersion ? QStringLiteral("published") : QStringLiteral("unchanged"));
    status.insert(QStringLiteral("reopened"), outcome.reopened);
    return Reply::json(status);
}

} // namespace

void addChecklistRoutes(Router &router, ChecklistService &checklists)
{
    router.add(
        {"GET", "/api/v1/checklist", Access::Approved, BodySpec::none()},
        [&checklists](RequestContext &context) { return Reply::json(checklists.view(context.account().id).toJson()); });
    router.add({"PUT", "/api/v1/checklist/answers", Access::Approved, BodySpec::json(kMaxAnswersBody)},
               [&checklists](RequestContext &context) { return saveAnswers(checklists, context); });
    // Spooled to a file: up to 20 MiB must not sit in memory, and the token, type and size are
    // checked from the request head before a byte is kept.
    router.add({"PUT", "/api/v1/checklist/files/{item_id}", Access::Approved,
                BodySpec::stream(kDocumentTypes, UploadedDocument::kMaxBytes)},
               [&checklists](RequestContext &context) { return uploadFile(checklists, context); });
    router.add({"GET", "/api/v1/checklist/files/{item_id}", Access::Approved, BodySpec::none()},
               [&checklists](RequestContext &context) {
                   return serveFile(checklists.answeredFile(context.account().id, context.param("item_id")));
               });
    router.add({"POST", "/api/v1/checklist/complete", Access::Approved, BodySpec::none()},
               [&checklists](RequestContext &context) {
                   return Reply::json(checklists.complete(context.account()).toJson());
               });
}

void addAdminChecklistRoutes(Router &router, ChecklistService &checklists, ChecklistSync &sync)
{
    router.add({"POST", "/api/v1/admin/checklist/import", Access::Admin,
                BodySpec::stream({"text/csv", "text/plain"}, kMaxCsvUpload)},
               [&checklists, &sync](RequestContext &context) { return importCsv(checklists, sync, context); });
    router.add({"GET", "/api/v1/admin/checklist/status", Access::Admin, BodySpec::none()},
               [&sync](RequestContext &) { return Reply::json(sync.status()); });
    router.add({"POST", "/api/v1/admin/checklist/sync", Access::Admin, BodySpec::none()},
               [&sync](RequestContext &) { return Reply::json(sync.syncNow()); });
    router.add({"GET", "/api/v1/admin/accounts/{id}/checklist", Access::Admin, BodySpec::none()},
               [&checklists](RequestContext &context) {
                   return Reply::json(checklists.customerView(context.param("id")).toJson(true));
               });
    router.add({"GET", "/api/v1/admin/accounts/{id}/checklist/files/{item_id}", Access::Admin, BodySpec::none()},
               [&checklists](RequestContext &context) {
                   return serveFile(checklists.customerFile(context.param("id"), context.param("item_id")));
               });
    router.add({"PUT", "/api/v1/admin/accounts/{id}/checklist/{item_id}", Access::Admin, BodySpec::json(1024)},
               [&checklists](RequestContext &context) { return tickAgencyItem(checklists, context); });
}

} // namespace kp::server
