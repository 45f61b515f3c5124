#pragma once

namespace kp::server {

class ContentFiles;
class MediaLinks;
class MediaStreamSlots;
class Router;
class VideoContentService;
class VideoService;
struct VideoSettings;

// The customer's video routes (API.md "Tutorial videos"), behind Gate::OnboardingComplete.
void addVideoRoutes(Router &router, VideoService &videos);
// GET /media/{file}: a signed link's bytes, with Range, under the stream cap or through nginx.
void addMediaRoutes(Router &router, const MediaLinks &links, const ContentFiles &files, MediaStreamSlots &streams,
                    const VideoSettings &settings);
// The admin's routes for series and videos (API.md "Content management").
void addVideoContentRoutes(Router &router, VideoContentService &content, const VideoSettings &settings);

} // namespace kp::server
