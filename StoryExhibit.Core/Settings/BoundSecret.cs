using System.Text.Json;

namespace StoryExhibit.Core.Settings;

/// <summary>
/// A stored secret together with the address it was entered for, sealed as one encrypted value (so the binding
/// cannot be edited without the Data Protection keys). <see cref="Endpoint"/> is the address setting as staff stored
/// it ("" when the server's configuration gives the address); null for a secret stored before keys were bound.
/// </summary>
public sealed record BoundSecret(string Value, string? Endpoint)
{
    private const string Prefix = "bound:v1:";

    public string Protect(ISecretProtector protector) =>
        protector.Protect(Prefix + JsonSerializer.Serialize(new Payload(Value, Endpoint ?? "")));

    /// <summary>Decrypts a stored secret; throws like <see cref="ISecretProtector.Unprotect"/> when it cannot be read.</summary>
    public static BoundSecret Unprotect(ISecretProtector protector, string stored)
    {
        var plain = protector.Unprotect(stored);
        if (!plain.StartsWith(Prefix, StringComparison.Ordinal)) return new BoundSecret(plain, null);
        var payload = JsonSerializer.Deserialize<Payload>(plain.AsSpan(Prefix.Length)) ?? throw new JsonException("An empty bound secret.");
        return new BoundSecret(payload.Value ?? "", payload.Endpoint ?? "");
    }

    private sealed record Payload(string? Value, string? Endpoint);
}
