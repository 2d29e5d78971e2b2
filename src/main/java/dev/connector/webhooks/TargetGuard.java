package dev.connector.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses delivery to addresses inside the server's own network (loopback, link-local, private, unique-local,
 * shared, unspecified) unless allowed, so that a registered URL cannot be used to reach internal services.
 */
final class TargetGuard {

    private final boolean allowPrivate;

    TargetGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Null when the target may be called, else why not. Resolves the host name (blocking). */
    String refusal(URI target) {
        if (allowPrivate) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(target.getHost());
        } catch (UnknownHostException e) {
            return "Unknown host " + target.getHost() + ".";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "Refused to deliver to " + target.getHost() + " (" + address.getHostAddress()
                        + "): it is a loopback, link-local or private address. Start the server in sandbox mode or "
                        + "with --allow-private-webhook-targets to allow it.";
            }
        }
        return null;
    }

    /** True for an address a public webhook receiver never has. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127); // "this network", shared (CGNAT)
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
