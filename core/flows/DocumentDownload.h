#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace PartnerDesk {

// Downloads an agreement document (a short-lived link) to a file, with progress. The file is
// written atomically: a canceled or failed download leaves nothing behind.
class DocumentDownload : public QObject
{
    Q_OBJECT

public:
    DocumentDownload(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~DocumentDownload() override;

    // `directory` is the folder the user chose; `fileName` is only a name: any path part in
    // it is dropped, so the download cannot land outside the folder.
    bool start(const QUrl& url, const QString& directory, const QString& fileName, ApiError* error = nullptr);
    void cancel();
    [[nodiscard]] QString filePath() const { return m_path; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const QString& filePath);
    void failed(const PartnerDesk::ApiError& error);

private:
    void onFinished();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QSaveFile* m_file = nullptr;
    QString m_path;
    qint64 m_maxBytes = 64 * 1024 * 1024;
};

} // namespace PartnerDesk
