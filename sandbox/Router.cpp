#include "sandbox/Router.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QStringList splitPath(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void Router::add(const QByteArray& method, const QString& pattern, RouteAccess access, RouteHandler handler)
{
    m_routes.append({method, splitPath(pattern), access, std::move(handler)});
}

bool Router::matchSegments(
    const Route& route, const QStringList& pathSegments, QHash<QString, QString>* parameters, int* literalCount)
{
    if (route.segments.size() != pathSegments.size())
        return false;
    *literalCount = 0;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString& expected = route.segments.at(i);
        if (isPlaceholder(expected)) {
            parameters->insert(expected.mid(1, expected.size() - 2), pathSegments.at(i));
        } else if (expected.compare(pathSegments.at(i), Qt::CaseInsensitive) == 0) {
            // Partner Center paths are case-insensitive (directSignedMicrosoftCustomerAgreementStatus).
            ++*literalCount;
        } else {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QStringList pathSegments = splitPath(path);
    Match best;
    int bestLiterals = -1;
    int bestLiteralsAnyMethod = -1;
    QByteArrayList methodsOfBestPath;
    for (const Route& route : m_routes) {
        QHash<QString, QString> parameters;
        int literals = 0;
        if (!matchSegments(route, pathSegments, &parameters, &literals))
            continue;
        if (literals > bestLiteralsAnyMethod) {
            bestLiteralsAnyMethod = literals;
            methodsOfBestPath = {route.method};
        } else if (literals == bestLiteralsAnyMethod && !methodsOfBestPath.contains(route.method)) {
            methodsOfBestPath.append(route.method);
        }
        if (route.method == method && literals > bestLiterals) {
            bestLiterals = literals;
            best.route = &route;
            best.parameters = parameters;
        }
    }
    // A more specific path that lacks this method answers 405 rather than falling back
    // to a placeholder route.
    if (best.route && bestLiterals < bestLiteralsAnyMethod) {
        best.route = nullptr;
        best.parameters.clear();
    }
    if (!best.route)
        best.allowedMethods = methodsOfBestPath;
    return best;
}

} // namespace PartnerDesk::Sandbox
