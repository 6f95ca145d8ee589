#include "DocumentDownload.h"

#include "api/PartnerCenterClient.h"
#include "util/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSignalBlocker>

namespace PartnerDesk {

DocumentDownload::DocumentDownload(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

DocumentDownload::~DocumentDownload()
{
    // Stop the transfer without a word: a `failed` now would reach an owner that is itself
    // being destroyed (the template dialog).
    const QSignalBlocker quiet(this);
    cancel();
}

bool DocumentDownload::start(const QUrl& url, const QString& directory, const QString& fileName, ApiError* error)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = ApiError::refused(why);
        return false;
    };
    QString reason;
    if (!PartnerCenterClient::isAllowedBaseUrl(url, &reason))
        return refuse(reason);
    const QDir folder(directory);
    if (directory.isEmpty() || !folder.exists())
        return refuse(tr("Choose an existing folder for the download."));
    m_path = Paths::fileInFolder(folder.absolutePath(), fileName);

    m_file = new QSaveFile(m_path, this);
    if (!m_file->open(QIODevice::WriteOnly))
        return refuse(tr("Cannot write to %1: %2").arg(m_path, m_file->errorString()));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(120000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || !m_file)
            return;
        m_file->write(m_reply->readAll());
        if (m_file->size() > m_maxBytes)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &DocumentDownload::progress);
    connect(m_reply, &QNetworkReply::finished, this, &DocumentDownload::onFinished);
    return true;
}

void DocumentDownload::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_file->cancelWriting();
        ApiError error;
        error.kind = status == 0 ? ApiError::Kind::Network : ApiError::Kind::Service;
        error.httpStatus = status;
        error.description = status == 403 || status == 404 || status == 410
            ? tr("The link has expired; PartnerDesk fetches a fresh one on the next try.")
            : reply->errorString();
        Q_EMIT failed(error);
        return;
    }
    m_file->write(reply->readAll());
    if (!m_file->commit()) {
        Q_EMIT failed(ApiError::refused(tr("Cannot save %1: %2").arg(m_path, m_file->errorString())));
        return;
    }
    Q_EMIT finished(m_path);
}

void DocumentDownload::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
        if (m_file)
            m_file->cancelWriting();
        Q_EMIT failed(ApiError::canceled());
    }
}

} // namespace PartnerDesk
