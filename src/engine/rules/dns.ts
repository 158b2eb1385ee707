import { DNS_REREGISTRATION_MINUTES } from '../../data/timers.ts';
import type { SimCore } from '../core.ts';
import { PUBLISH } from '../scheduler.ts';
import { findZone, sameName } from '../world/lookup.ts';
import type { KmsHost } from '../types.ts';

/**
 * R8 (src/data/rules.ts): a KMS host registers its `_vlmcs._tcp` SRV record in its own domain and
 * the zones of its publish list, at service start and every 24 hours after. A zone that refuses
 * dynamic updates makes the host log 12293.
 */
export function publish(core: SimCore, h: KmsHost, hi: number): void {
	if (h.removed) return;
	if (h.online && h.serviceRunning && h.hostKey !== null && h.dnsPublishing) {
		const targets = [{ domain: h.domain, priority: 0, weight: 0 }, ...h.publishList.filter((p) => !sameName(p.domain, h.domain))];
		for (const p of targets) {
			const zone = findZone(core, p.domain);
			if (!zone || !zone.dynamicUpdates) {
				core.count(12293);
				if (core.eventLog.keepsEntries) core.eventLog.add({ id: 12293, time: core.time, computer: h.name, hresult: core.assumptions.publishFailureResult, dnsDomain: p.domain });
				continue;
			}
			const existing = zone.records.find((r) => sameName(r.target, h.fqdn));
			if (existing) {
				existing.port = h.port;
				existing.priority = p.priority;
				existing.weight = p.weight;
				existing.publishedBy = h.name;
				existing.registeredAt = core.time;
			} else zone.records.push({ target: h.fqdn, port: h.port, priority: p.priority, weight: p.weight, publishedBy: h.name, registeredAt: core.time });
			core.note(h.name, 'srvPublished', undefined, undefined, zone.name);
		}
	}
	// Re-register every 24 hours while publishing stays on.
	if (h.dnsPublishing && h.serviceRunning) {
		h.publishGen++;
		core.schedule(core.time + DNS_REREGISTRATION_MINUTES, PUBLISH, hi, h.publishGen);
	}
}
