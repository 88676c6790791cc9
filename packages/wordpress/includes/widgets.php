<?php
/**
 * The widgets and the attributes each one takes (docs/embedding.md). Only these tags and attributes are ever
 * written into a page: anything else in a shortcode or a block is dropped.
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attribute kinds: 'text' (escaped as is), 'url' (esc_url: http, https, mailto, or a #fragment), 'bool'
 * (written without a value when true, left out when false), 'int' (digits only).
 *
 * @return array<string, array{title: string, description: string, attributes: array<string, string>}>
 */
function solidarity_widgets_catalogue() {
	$common = array(
		'api-base' => 'url',
		'partner'  => 'text',
		'lang'     => 'text',
		'theme'    => 'text',
		'id'       => 'text',
		// "Share after acting" (docs/sharing.md): `off` hides it; the partner's own share text with {seat} and {url}.
		'share'      => 'text',
		'share-text' => 'text',
	);
	$widgets = array(
		'find-your-constituency' => array(
			'title'       => __( 'Find your constituency', 'solidarity-widgets' ),
			'description' => __( 'A supporter types a postcode and sees their constituency, its MP, how marginal it is, nearby marginal seats and whether they can vote.', 'solidarity-widgets' ),
			'attributes'  => array(
				'postcode'           => 'text',
				'marginal-threshold' => 'int',
				'nearby-count'       => 'int',
				'show-map'           => 'bool',
				'map-colours'        => 'text',
				'show-eligibility'   => 'bool',
				'election-type'      => 'text',
				'election-date'      => 'text',
				'report-url'         => 'url',
				'connect-url'        => 'url',
				'party'              => 'text',
				'swing'              => 'text',
			),
		),
		'sign-up-to-canvass'     => array(
			'title'       => __( 'Sign up to canvass', 'solidarity-widgets' ),
			'description' => __( 'Canvassing sessions in a constituency and nearby marginal seats, with sign-up.', 'solidarity-widgets' ),
			'attributes'  => array(
				'constituency' => 'text',
				'postcode'     => 'text',
				'follow'       => 'text',
				'connect-url'  => 'url',
				'party'        => 'text',
				'swing'        => 'text',
			),
		),
		'send-solidarity'        => array(
			'title'       => __( 'Send solidarity', 'solidarity-widgets' ),
			'description' => __( 'A message of support, moderated before it appears on the wall.', 'solidarity-widgets' ),
			'attributes'  => array( 'max-length' => 'int' ),
		),
		'solidarity-wall'        => array(
			'title'       => __( 'Solidarity wall', 'solidarity-widgets' ),
			'description' => __( 'The approved messages sent through your pages, newest first.', 'solidarity-widgets' ),
			'attributes'  => array(
				'all-partners' => 'bool',
				'page-size'    => 'int',
				'auto-refresh' => 'int',
				'pledge-count' => 'bool',
				'constituency' => 'text',
			),
		),
		'connect-locally'        => array(
			'title'       => __( 'Connect locally', 'solidarity-widgets' ),
			'description' => __( 'Organisations ask to be introduced to the local campaign.', 'solidarity-widgets' ),
			'attributes'  => array(
				'constituency' => 'text',
				'postcode'     => 'text',
				'follow'       => 'text',
			),
		),
		'local-groups'           => array(
			'title'       => __( 'Local groups', 'solidarity-widgets' ),
			'description' => __( 'The moderated directory of groups near a seat.', 'solidarity-widgets' ),
			'attributes'  => array(
				'constituency' => 'text',
				'postcode'     => 'text',
				'follow'       => 'text',
				'connect-url'  => 'url',
			),
		),
		'pledge-to-vote'         => array(
			'title'       => __( 'Pledge to vote', 'solidarity-widgets' ),
			'description' => __( 'Supporters pledge to vote (or to register first), with the election\'s dates, the voter ID rule and reminders by email.', 'solidarity-widgets' ),
			'attributes'  => array(
				'constituency'  => 'text',
				'postcode'      => 'text',
				'follow'        => 'text',
				'election-type' => 'text',
				'election-date' => 'text',
			),
		),
	);
	foreach ( $widgets as $name => $widget ) {
		$widgets[ $name ]['attributes'] = array_merge( $common, $widget['attributes'] );
	}
	return $widgets;
}
