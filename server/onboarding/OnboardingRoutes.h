#pragma once

namespace kp::server {

class ChecklistService;
class ChecklistSync;
class Router;

// The customer's checklist: GET /api/v1/checklist, PUT /api/v1/checklist/answers,
// PUT /api/v1/checklist/files/{item_id}, POST /api/v1/checklist/complete.
void addChecklistRoutes(Router &router, ChecklistService &checklists);

// The agency's side: POST /api/v1/admin/checklist/import, GET …/status, POST …/sync,
// GET /api/v1/admin/accounts/{id}/checklist, PUT /api/v1/admin/accounts/{id}/checklist/{item_id}.
void addAdminChecklistRoutes(Router &router, ChecklistService &checklists, ChecklistSync &sync);

} // namespace kp::server
