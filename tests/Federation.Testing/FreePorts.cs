using System.Net;
using System.Net.Sockets;

namespace Federation.Testing;

/// <summary>Free TCP ports on 127.0.0.1, never the same one twice within this process.</summary>
public static class FreePorts
{
    private static readonly HashSet<int> Handed = [];

    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                // The OS picks a free port for port 0; closing leaves it free for the broker or service.
                using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
                if (Handed.Add(port)) return port;
            }
        }
    }
}
