import { DNS_REREGISTRATION_MINUTES } from '../../data/timers.ts';
import type { SimCore } from '../core.ts';
import { PUBLISH } from '../scheduler.ts';
import { findZone, sameName } from '../world/lookup.ts';
import type { DnsZone, KmsHost, ResultCode } from '../types.ts';

/**
 * R8 (src/data/rules.ts): a KMS host registers its `_vlmcs._tcp` SRV record in its own domain and
 * the zones of its publish list, at service start and every 24 hours after. A zone that refuses
 * dynamic updates makes the host log 12293; so does a name another host created, unless a DNS
 * admin granted this host rights on it (EVENT_12293 among R8's sources). A publication logs 12294.
 */

/** DNS_ERROR_RCODE_BADSIG: the host may not update the existing `_vlmcs` name. */
const NO_RIGHTS: ResultCode = '0x80072338';

/** Whether the host may update the zone's `_vlmcs._tcp` name: nobody owns it yet, the host does, or it was granted rights. */
function mayUpdateSrv(zone: DnsZone, h: KmsHost): boolean {
	const owner = zone.srvOwner;
	return (
		owner === null || sameName(owner, h.name) || zone.srvGrants.some((g) => sameName(g, h.name))
	);
}

export function publish(core: SimCore, h: KmsHost, hi: number): void {
	if (h.removed) return;
	if (h.online && h.serviceRunning && h.hostKey !== null && h.dnsPublishing) {
		const targets = [
			{ domain: h.domain, priority: 0, weight: 0 },
			...h.publishList.filter((p) => !sameName(p.domain, h.domain)),
		];
		for (const p of targets) {
			const zone = findZone(core, p.domain);
			if (!zone || !zone.dynamicUpdates || !mayUpdateSrv(zone, h)) {
				// The record stays as it is; 12293 carries the HRESULT alone.
				const hresult =
					zone && zone.dynamicUpdates ? NO_RIGHTS : core.assumptions.publishFailureResult;
				core.count(12293);
				if (core.eventLog.keepsEntries)
					core.eventLog.add({
						id: 12293,
						time: core.time,
						computer: h.name,
						hresult,
						dnsDomain: p.domain,
					});
				continue;
			}
			// The first dynamic update to a name nobody holds creates it: this host becomes its owner.
			if (zone.records.length === 0) zone.srvOwner = h.name;
			const existing = zone.records.find((r) => sameName(r.target, h.fqdn));
			if (existing) {
				existing.port = h.port;
				existing.priority = p.priority;
				existing.weight = p.weight;
				existing.publishedBy = h.name;
				existing.registeredAt = core.time;
			} else
				zone.records.push({
					target: h.fqdn,
					port: h.port,
					priority: p.priority,
					weight: p.weight,
					publishedBy: h.name,
					registeredAt: core.time,
				});
			core.count(12294);
			if (core.eventLog.keepsEntries)
				core.eventLog.add({ id: 12294, time: core.time, computer: h.name, dnsDomain: p.domain });
		}
	}
	// Re-register every 24 hours while publishing stays on.
	if (h.dnsPublishing && h.serviceRunning) {
		h.publishGen++;
		core.schedule(core.time + DNS_REREGISTRATION_MINUTES, PUBLISH, hi, h.publishGen);
	}
}
