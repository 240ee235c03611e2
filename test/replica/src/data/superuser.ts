/** The signed-in superuser (cond_util_de.png greets her); both replicas show her in the header. */
export const SIGNED_IN_USER = 'Amandine Cécile Favre';
