using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace BrandContent.Storage;

/// <summary>
/// The <c>port</c> setting of a cluster's configuration files. postgresql.auto.conf (ALTER SYSTEM) is read after
/// postgresql.conf, and the last line of a file wins, as PostgreSQL reads them.
/// </summary>
internal static partial class EmbeddedPostgresPort
{
    private const string ConfigFile = "postgresql.conf";
    private const string AutoConfigFile = "postgresql.auto.conf";

    public static int? Read(string dataFolder)
    {
        int? port = null;
        foreach (var file in Files(dataFolder))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (PortLine().Match(line) is { Success: true } match)
                {
                    port = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        return port;
    }

    /// <summary>Replaces the port where a file sets one; appends it to postgresql.conf when none does.</summary>
    public static async Task WriteAsync(string dataFolder, int port, CancellationToken cancellationToken)
    {
        var setting = $"port = {port.ToString(CultureInfo.InvariantCulture)}";
        var written = false;
        foreach (var file in Files(dataFolder))
        {
            var lines = await File.ReadAllLinesAsync(file, cancellationToken);
            if (lines.Any(l => PortLine().IsMatch(l)))
            {
                await File.WriteAllLinesAsync(file, lines.Select(l => PortLine().IsMatch(l) ? setting : l), cancellationToken);
                written = true;
            }
        }

        if (!written)
        {
            await File.AppendAllLinesAsync(Path.Combine(dataFolder, ConfigFile), [setting], cancellationToken);
        }
    }

    /// <summary>Whether another program listens on the loopback port the cluster would use.</summary>
    public static bool IsTaken(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static IEnumerable<string> Files(string dataFolder) =>
        new[] { ConfigFile, AutoConfigFile }.Select(f => Path.Combine(dataFolder, f)).Where(File.Exists);

    [GeneratedRegex(@"^\s*port\s*=\s*'?(?<port>\d+)'?\s*(#.*)?$")]
    private static partial Regex PortLine();
}
