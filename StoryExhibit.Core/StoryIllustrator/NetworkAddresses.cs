using System.Net;
using System.Net.Sockets;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>Which addresses are on the public internet: everything else (loopback, private, link-local, reserved) is internal.</summary>
public static class NetworkAddresses
{
    private static readonly (IPAddress Network, int Bits)[] InternalV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Bits)[] InternalV6 =
    [
        (IPAddress.IPv6None, 128), (IPAddress.IPv6Loopback, 128), (IPAddress.Parse("100::"), 64), (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("2001::"), 23), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10), (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork) return !InternalV4.Any(n => InRange(address, n.Network, n.Bits));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        // An IPv4 address inside IPv6 (NAT64 or the old compatible form) is judged as that IPv4 address.
        var bytes = address.GetAddressBytes();
        if (InRange(address, Nat64, 96) || bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        return !InternalV6.Any(n => InRange(address, n.Network, n.Bits));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length) return false;
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask)) return false;
        }
        return true;
    }
}
