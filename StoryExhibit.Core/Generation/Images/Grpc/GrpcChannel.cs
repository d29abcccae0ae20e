using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>
/// A small gRPC client transport over <see cref="HttpClient"/> and HTTP/2 (no gRPC package restores here): length-prefixed
/// protobuf messages, <c>grpc-status</c>/<c>grpc-message</c> from trailers (or from headers for trailers-only answers),
/// unary and server-streaming calls, <c>grpc-timeout</c> deadlines, caller cancellation, and retries of UNAVAILABLE with
/// exponential back-off (unary calls; streams only before their first message).
/// Failures surface as <see cref="GrpcStatusException"/>; the caller's own cancellation as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private const int HeaderSize = 5;
    private static readonly MediaTypeHeaderValue GrpcContentType = new("application/grpc");

    private readonly GrpcChannelOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsClient;

    /// <param name="handler">Optional handler (tests, proxies); the channel makes its own HTTP/2 handler otherwise.</param>
    public GrpcChannel(GrpcChannelOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        handler ??= new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _ownsClient = true;
    }

    public Uri Address => _options.Address;

    /// <summary>One request, one response. <paramref name="deadline"/> covers every attempt; null uses the default.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> parser, TimeSpan? deadline, CancellationToken ct)
        where TRequest : IMessage where TResponse : IMessage<TResponse>
    {
        var payload = Frame(request);
        using var call = new CallClock(deadline ?? _options.DefaultDeadline, ct);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await SendAsync(method, payload, call).ConfigureAwait(false);
                await using var body = await response.Content.ReadAsStreamAsync(call.Token).ConfigureAwait(false);
                var message = await ReadMessageAsync(body, parser, call.Token).ConfigureAwait(false)
                    ?? throw TrailerStatus(response) ?? new GrpcStatusException(GrpcStatusCode.Internal, "The server ended the call without a response message.");
                if (await ReadMessageAsync(body, parser, call.Token).ConfigureAwait(false) is not null)
                    throw new GrpcStatusException(GrpcStatusCode.Internal, "The server sent more than one message on a unary call.");
                if (TrailerStatus(response) is { } failure) throw failure;
                return message;
            }
            catch (Exception ex) when (Classify(ex, call) is var status && status.Status == GrpcStatusCode.Unavailable && attempt < _options.MaxRetries && !call.Expired)
            {
                await call.BackoffAsync(attempt, _options).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                throw Classify(ex, call);
            }
        }
    }

    /// <summary>
    /// One request, a stream of responses, read as they arrive. <paramref name="deadline"/> null means no deadline (live streams run
    /// until cancelled). UNAVAILABLE is retried only while nothing has been received.
    /// </summary>
    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(string method, TRequest request, MessageParser<TResponse> parser, TimeSpan? deadline,
        [EnumeratorCancellation] CancellationToken ct)
        where TRequest : IMessage where TResponse : IMessage<TResponse>
    {
        var payload = Frame(request);
        using var call = new CallClock(deadline, ct);
        var received = false;
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Stream? body = null;
            var retry = false;
            try
            {
                while (true)
                {
                    TResponse? message;
                    try
                    {
                        if (response is null)
                        {
                            response = await SendAsync(method, payload, call).ConfigureAwait(false);
                            body = await response.Content.ReadAsStreamAsync(call.Token).ConfigureAwait(false);
                        }
                        message = await ReadMessageAsync(body!, parser, call.Token).ConfigureAwait(false);
                        if (message is null && TrailerStatus(response) is { } failure) throw failure;
                    }
                    catch (Exception ex) when (!received && Classify(ex, call) is var status && status.Status == GrpcStatusCode.Unavailable && attempt < _options.MaxRetries && !call.Expired)
                    {
                        retry = true;
                        break;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        throw Classify(ex, call);
                    }
                    if (message is null) yield break;
                    received = true;
                    yield return message;
                }
            }
            finally
            {
                if (body is not null) await body.DisposeAsync().ConfigureAwait(false);
                response?.Dispose(); // an unfinished stream is reset (RST_STREAM CANCEL), which tells the server to stop
            }
            if (retry) await call.BackoffAsync(attempt, _options).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string method, byte[] payload, CallClock call)
    {
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = GrpcContentType;
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.Address, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        message.Headers.TryAddWithoutValidation("te", "trailers");
        message.Headers.TryAddWithoutValidation("user-agent", "storyexhibit-grpc/1.0");
        if (call.Remaining is { } remaining) message.Headers.TryAddWithoutValidation("grpc-timeout", EncodeTimeout(remaining));

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, call.Token).ConfigureAwait(false);
        }
        finally
        {
            message.Dispose();
        }
        try
        {
            if (response.StatusCode != HttpStatusCode.OK)
                throw new GrpcStatusException(FromHttpStatus(response.StatusCode), $"The server answered HTTP {(int)response.StatusCode} instead of a gRPC response.");
            // Trailers-only: the status comes in the headers and there is no body.
            if (HeaderStatus(response.Headers) is { } early) throw early;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type is null || !type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase))
                throw new GrpcStatusException(GrpcStatusCode.Unknown, $"The server answered with content type '{type}', not application/grpc.");
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Reads one length-prefixed message; null at a clean end of the stream.</summary>
    private async Task<TResponse?> ReadMessageAsync<TResponse>(Stream body, MessageParser<TResponse> parser, CancellationToken ct) where TResponse : IMessage<TResponse>
    {
        var header = new byte[HeaderSize];
        var read = await body.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (read == 0) return default;
        if (read < HeaderSize) throw new GrpcStatusException(GrpcStatusCode.Internal, "The server's message was cut short (incomplete header).");
        if (header[0] == 1) throw new GrpcStatusException(GrpcStatusCode.Internal, "The server sent a compressed message, which this client did not ask for.");
        if (header[0] != 0) throw new GrpcStatusException(GrpcStatusCode.Internal, $"The server sent an invalid message flag {header[0]}.");
        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (length > (uint)_options.MaxReceiveMessageSize)
            throw new GrpcStatusException(GrpcStatusCode.ResourceExhausted, $"The server's message is {length} bytes, more than the {_options.MaxReceiveMessageSize} allowed.");
        var buffer = new byte[length];
        read = await body.ReadAtLeastAsync(buffer, (int)length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (read < length) throw new GrpcStatusException(GrpcStatusCode.Internal, $"The server's message was cut short ({read} of {length} bytes).");
        try
        {
            return parser.ParseFrom(buffer);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new GrpcStatusException(GrpcStatusCode.Internal, "The server's message could not be parsed.", ex);
        }
    }

    private static byte[] Frame(IMessage message)
    {
        var size = message.CalculateSize();
        var buffer = new byte[HeaderSize + size];
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(1), (uint)size);
        message.WriteTo(buffer.AsSpan(HeaderSize));
        return buffer;
    }

    /// <summary>The status from the trailers; null when it is OK. A missing status is an error.</summary>
    private static GrpcStatusException? TrailerStatus(HttpResponseMessage response)
    {
        var status = HeaderStatus(response.TrailingHeaders, allowOk: true) ?? HeaderStatus(response.Headers, allowOk: true);
        if (status is null) return new GrpcStatusException(GrpcStatusCode.Internal, "The server ended the call without a grpc-status.");
        return status.Status == GrpcStatusCode.OK ? null : status;
    }

    private static GrpcStatusException? HeaderStatus(HttpHeaders headers, bool allowOk = false)
    {
        if (!headers.TryGetValues("grpc-status", out var values)) return null;
        var raw = values.FirstOrDefault();
        var code = int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && Enum.IsDefined((GrpcStatusCode)c)
            ? (GrpcStatusCode)c : GrpcStatusCode.Unknown;
        if (code == GrpcStatusCode.OK) return allowOk ? new GrpcStatusException(GrpcStatusCode.OK, null) : null;
        string? detail = null;
        if (headers.TryGetValues("grpc-message", out var messages))
        {
            var m = messages.FirstOrDefault();
            try { detail = m is null ? null : Uri.UnescapeDataString(m); }
            catch (UriFormatException) { detail = m; }
        }
        return new GrpcStatusException(code, detail);
    }

    /// <summary>Anything that went wrong, as the status a gRPC client reports for it.</summary>
    private static GrpcStatusException Classify(Exception ex, CallClock call) => ex switch
    {
        // A server that sees our grpc-timeout run out cancels the call, sometimes a moment before our own timer fires.
        GrpcStatusException { Status: GrpcStatusCode.Cancelled } g when call.AlmostExpired && !call.CallerCancelled
            => new GrpcStatusException(GrpcStatusCode.DeadlineExceeded, "The deadline passed before the server answered.", g),
        GrpcStatusException g => g,
        OperationCanceledException when call.AlmostExpired && !call.CallerCancelled => new GrpcStatusException(GrpcStatusCode.DeadlineExceeded, "The deadline passed before the server answered.", ex),
        OperationCanceledException => new GrpcStatusException(GrpcStatusCode.Cancelled, "The call was cancelled.", ex),
        HttpRequestException { HttpRequestError: HttpRequestError.VersionNegotiationError } => new GrpcStatusException(GrpcStatusCode.Unavailable, "The server does not speak HTTP/2.", ex),
        HttpRequestException or HttpIOException or IOException or System.Net.Sockets.SocketException => new GrpcStatusException(GrpcStatusCode.Unavailable, "The server could not be reached or the connection broke: " + ex.Message, ex),
        _ => new GrpcStatusException(GrpcStatusCode.Internal, "The call failed unexpectedly: " + ex.Message, ex),
    };

    private static GrpcStatusCode FromHttpStatus(HttpStatusCode status) => (int)status switch
    {
        400 => GrpcStatusCode.Internal,
        401 => GrpcStatusCode.Unauthenticated,
        403 => GrpcStatusCode.PermissionDenied,
        404 => GrpcStatusCode.Unimplemented,
        429 or 502 or 503 or 504 => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };

    /// <summary>gRPC's timeout header: at most 8 digits and a unit.</summary>
    internal static string EncodeTimeout(TimeSpan t)
    {
        var ms = Math.Max(1, (long)Math.Ceiling(t.TotalMilliseconds));
        if (ms < 100_000_000) return ms.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m";
        var s = Math.Min(99_999_999, (long)Math.Ceiling(t.TotalSeconds));
        return s.ToString(System.Globalization.CultureInfo.InvariantCulture) + "S";
    }

    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }

    /// <summary>The caller's token joined with the call's deadline; tells which one fired.</summary>
    private sealed class CallClock : IDisposable
    {
        private readonly CancellationTokenSource _cts;
        private readonly DateTime? _expires;

        private readonly CancellationToken _caller;

        public CallClock(TimeSpan? deadline, CancellationToken caller)
        {
            _caller = caller;
            _cts = CancellationTokenSource.CreateLinkedTokenSource(caller);
            if (deadline is { } d)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(d, TimeSpan.Zero, "deadline");
                _expires = DateTime.UtcNow + d;
                _cts.CancelAfter(d);
            }
        }

        public CancellationToken Token => _cts.Token;
        public bool Expired => _expires is { } e && DateTime.UtcNow >= e;
        public bool CallerCancelled => _caller.IsCancellationRequested;
        /// <summary>Expired, or within the few milliseconds by which another machine's timer may run ahead.</summary>
        public bool AlmostExpired => _expires is { } e && DateTime.UtcNow >= e - TimeSpan.FromMilliseconds(50);
        public TimeSpan? Remaining => _expires is { } e ? (e - DateTime.UtcNow is var r && r > TimeSpan.Zero ? r : TimeSpan.FromMilliseconds(1)) : null;

        public async Task BackoffAsync(int attempt, GrpcChannelOptions options)
        {
            var max = Math.Min(options.MaxBackoff.TotalMilliseconds, options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt));
            var delay = TimeSpan.FromMilliseconds(max * (0.5 + Random.Shared.NextDouble() * 0.5));
            if (Remaining is { } left && delay >= left) delay = left;
            try
            {
                await Task.Delay(delay, _cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (Expired)
            {
                throw new GrpcStatusException(GrpcStatusCode.DeadlineExceeded, "The deadline passed while waiting to retry.", ex);
            }
        }

        public void Dispose() => _cts.Dispose();
    }
}
