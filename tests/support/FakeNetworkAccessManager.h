#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace PartnerDesk::Test {

// A canned reply: an HTTP answer, a network error, or one that never finishes until aborted.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request, QObject* parent);

    void respond(int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    void fail(QNetworkReply::NetworkError error, const QString& message);
    void hang() { } // nothing happens until abort()

    void abort() override;
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

// A QNetworkAccessManager that never touches the network: every request is recorded and
// answered by the handler (Nextcloud desktop's FakeQNAM is the model).
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;

        [[nodiscard]] QByteArray header(const QByteArray& name) const { return request.rawHeader(name); }
    };
    // Answers a request by calling respond()/fail()/hang() on the reply (at once or later).
    using Handler = std::function<void(const Request& request, FakeReply* reply)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers requests in order from a script; past its end every request gets a 500.
    void setScript(QList<Handler> steps);

    [[nodiscard]] const QList<Request>& requests() const { return m_requests; }
    [[nodiscard]] QList<QPointer<FakeReply>> replies() const { return m_replies; }
    void clear() { m_requests.clear(); }

    static Handler json(int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static Handler error(QNetworkReply::NetworkError code);
    static Handler never();

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    QList<Handler> m_script;
    int m_scriptPosition = 0;
    QList<Request> m_requests;
    QList<QPointer<FakeReply>> m_replies;
};

} // namespace PartnerDesk::Test
