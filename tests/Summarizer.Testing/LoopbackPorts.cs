using System.Net;
using System.Net.Sockets;

namespace Summarizer.Testing;

/// <summary>Ports on 127.0.0.1 for the servers tests start (moto, Kestrel, the function host).</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now: the OS picks it, we release it at once. A test may use it
    /// for a server it starts next, or as an address that is sure to refuse connections.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
