#pragma once

#include "server/security/Clock.h"

namespace kp::server {

class Database;
class JobRunner;
class PasswordHasher;
class SecretBox;
class Router;
struct ServerConfig;

// What every module may build on: the server's shared parts, owned by ServerApp.
struct ModuleContext {
    const ServerConfig &config;
    Database &database;
    PasswordHasher &hasher;
    const SecretBox &secrets; // seals stored tokens ([security] key_file)
    Clock clock;
};

// A feature of the server: its stores and services, built from a ModuleContext, and the routes
// and periodic jobs it adds. ServerApp lists the modules and knows nothing else about them.
//
//   class VideosModule : public Module {
//   public:
//       explicit VideosModule(const ModuleContext &context);
//       void addRoutes(Router &router) override { addVideoRoutes(router, m_service); }
//   };
class Module {
public:
    virtual ~Module() = default;
    virtual void addRoutes(Router &router) = 0;
    virtual void addJobs(JobRunner &) { }
};

} // namespace kp::server
