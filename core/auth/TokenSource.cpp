#include "TokenSource.h"

namespace PartnerDesk {

void StaticTokenSource::fetchToken(QObject*, std::function<void(const Result<QString>&)> done)
{
    if (m_token.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::SignInRequired;
        done(error);
        return;
    }
    done(m_token);
}

} // namespace PartnerDesk
