// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/vmimesupport_p.h"

#include <vmime/platforms/posix/posixHandler.hpp>

#include <mutex>

namespace mailwright::mime {

void ensureVMimePlatform()
{
    static std::once_flag once;
    std::call_once(once,
                   []() { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

} // namespace mailwright::mime
