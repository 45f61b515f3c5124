# The offline cache, the outbox and the avatar crop dialog (issue 12, client/cache and client/profile).
kp_add_test(tst_cache_database SOURCES tst_cache_database.cpp CacheTestSupport.h LIBS kpclient)
kp_add_test(tst_response_cache SOURCES tst_response_cache.cpp CacheTestSupport.h LIBS kpclient)
kp_add_test(tst_outbox SOURCES tst_outbox.cpp CacheTestSupport.h LIBS kpclient)
kp_add_test(tst_avatar_crop SOURCES tst_avatar_crop.cpp LIBS kpclient)
