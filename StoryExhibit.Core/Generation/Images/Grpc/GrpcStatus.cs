namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>The gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).</summary>
public enum GrpcStatusCode
{
    OK = 0, Cancelled = 1, Unknown = 2, InvalidArgument = 3, DeadlineExceeded = 4, NotFound = 5, AlreadyExists = 6, PermissionDenied = 7,
    ResourceExhausted = 8, FailedPrecondition = 9, Aborted = 10, OutOfRange = 11, Unimplemented = 12, Internal = 13, Unavailable = 14,
    DataLoss = 15, Unauthenticated = 16,
}

/// <summary>A call ended with a non-OK status: sent by the server, or decided here (deadline, unreachable server, broken framing).</summary>
public sealed class GrpcStatusException(GrpcStatusCode status, string? detail, Exception? inner = null)
    : Exception(detail is null or "" ? $"gRPC call failed: {status}." : $"gRPC call failed: {status}: {detail}", inner)
{
    public GrpcStatusCode Status { get; } = status;
    /// <summary>The server's <c>grpc-message</c> (decoded), or a description of the local failure.</summary>
    public string? Detail { get; } = detail;
}
