package vn.atgt.thidua.account;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.shared.security.SignInThrottling;

/**
 * Token buckets (Bucket4j) of failed sign-ins, kept in PostgreSQL ({@link PostgresBucketStore}, table
 * {@code sign_in_bucket}) so that every instance behind the load balancer spends the same budget (ADR 0160). Only
 * failures take a token, so a person who types the right password is never slowed by their own success. A name that is throttled
 * everywhere still lets in an address that has not failed on it: nobody can lock an account by typing its name
 * (ADR 0130).
 */
@Component
public class SignInThrottle implements SignInThrottling {

	/** The longest user name kept as a key; longer input is cut (the form field itself allows no more). */
	static final int MAX_KEY = 100;

	private final ThrottleProperties properties;

	private final ProxyManager<String> buckets;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perAccountAddress;

	private final BucketConfiguration perAccount;

	@Autowired
	SignInThrottle(ThrottleProperties properties, DataSource dataSource) {
		this(properties, new PostgresBucketStore(dataSource));
	}

	SignInThrottle(ThrottleProperties properties, ProxyManager<String> buckets) {
		this.properties = properties;
		this.buckets = buckets;
		this.perAddress = configuration(properties.perAddress(), properties.perAddressWindow());
		this.perAccountAddress = configuration(properties.perAccountAddress(), properties.perAccountAddressWindow());
		this.perAccount = configuration(properties.perAccount(), properties.perAccountWindow());
	}

	/** Whether an attempt may be tried now and, if not, how long to wait. */
	public record Verdict(boolean allowed, Duration retryAfter) {

		static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

		/** The wait in whole minutes, at least one, as the sign-in page says it. */
		public long minutes() {
			return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
		}
	}

	@Override
	public long minutesToWait(String username, String address) {
		Verdict verdict = check(username, address);
		return verdict.allowed() ? 0 : verdict.minutes();
	}

	public Verdict check(String username, String address) {
		String name = key(username);
		EstimationProbe byAddress = address(address).estimateAbilityToConsume(1);
		if (!byAddress.canBeConsumed()) {
			return denied(byAddress);
		}
		Bucket pair = accountAddress(name, address);
		EstimationProbe byPair = pair.estimateAbilityToConsume(1);
		if (!byPair.canBeConsumed()) {
			return denied(byPair);
		}
		EstimationProbe byAccount = account(name).estimateAbilityToConsume(1);
		boolean failedHere = pair.getAvailableTokens() < this.properties.perAccountAddress();
		if (!byAccount.canBeConsumed() && failedHere) {
			return denied(byAccount);
		}
		return Verdict.ALLOWED;
	}

	public void failed(String username, String address) {
		String name = key(username);
		address(address).tryConsume(1);
		accountAddress(name, address).tryConsume(1);
		account(name).tryConsume(1);
	}

	/** A correct sign-in forgets this address's failures on the account (not the address's own count). */
	public void succeeded(String username, String address) {
		this.buckets.removeProxy("p|" + key(username) + "|" + address);
	}

	/**
	 * Deletes at most {@code limit} buckets that are full again (their rows are then the same as none), by the
	 * system clock that Bucket4j refills by.
	 */
	int removeExpired(int limit) {
		return this.buckets instanceof PostgresBucketStore store ? store.removeExpired(System.currentTimeMillis(), limit)
				: 0;
	}

	/**
	 * The name the buckets count under: what the account lookup would find, so that "locbinh", " LocBinh\t" and
	 * "locbinh" followed by a control or invisible character all spend the same budget.
	 */
	static String key(String username) {
		String name = java.text.Normalizer.normalize(withoutInvisibles(username == null ? "" : username),
				java.text.Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
		return name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
	}

	/** Drops control and format (zero-width, bidi) characters, which no user name contains. */
	static String withoutInvisibles(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** True when the name carries a control or format character: such a name belongs to no account. */
	static boolean hasInvisibles(String text) {
		return text != null && text.codePoints()
			.anyMatch(c -> (Character.isISOControl(c) && !Character.isWhitespace(c)) || Character.getType(c) == Character.FORMAT);
	}

	private Bucket address(String address) {
		return bucket("a|" + address, this.perAddress);
	}

	private Bucket accountAddress(String name, String address) {
		return bucket("p|" + name + "|" + address, this.perAccountAddress);
	}

	private Bucket account(String name) {
		return bucket("u|" + name, this.perAccount);
	}

	private Bucket bucket(String key, BucketConfiguration configuration) {
		return this.buckets.builder().build(key, () -> configuration);
	}

	private static BucketConfiguration configuration(int capacity, Duration window) {
		return BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, window))
			.build();
	}

	private static Verdict denied(EstimationProbe probe) {
		return new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

}
