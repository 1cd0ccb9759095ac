/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.LevelCreditRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Level Credit Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.LevelCreditRuleImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.impl.LevelCreditRuleImpl#getMinimumCredits <em>Minimum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.impl.LevelCreditRuleImpl#isAtOrAbove <em>At Or Above</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelCreditRuleImpl extends MinimalEObjectImpl.Container implements LevelCreditRule {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumCredits() <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCredits()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_CREDITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumCredits() <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCredits()
	 * @generated
	 * @ordered
	 */
	protected int minimumCredits = MINIMUM_CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAtOrAbove() <em>At Or Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAtOrAbove()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AT_OR_ABOVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAtOrAbove() <em>At Or Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAtOrAbove()
	 * @generated
	 * @ordered
	 */
	protected boolean atOrAbove = AT_OR_ABOVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelCreditRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.LEVEL_CREDIT_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.LEVEL_CREDIT_RULE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumCredits() {
		return minimumCredits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCredits(int newMinimumCredits) {
		int oldMinimumCredits = minimumCredits;
		minimumCredits = newMinimumCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.LEVEL_CREDIT_RULE__MINIMUM_CREDITS, oldMinimumCredits, minimumCredits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAtOrAbove() {
		return atOrAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtOrAbove(boolean newAtOrAbove) {
		boolean oldAtOrAbove = atOrAbove;
		atOrAbove = newAtOrAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.LEVEL_CREDIT_RULE__AT_OR_ABOVE, oldAtOrAbove, atOrAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.LEVEL_CREDIT_RULE__LEVEL:
				return getLevel();
			case CurriculumPackage.LEVEL_CREDIT_RULE__MINIMUM_CREDITS:
				return getMinimumCredits();
			case CurriculumPackage.LEVEL_CREDIT_RULE__AT_OR_ABOVE:
				return isAtOrAbove();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.LEVEL_CREDIT_RULE__LEVEL:
				setLevel((Integer)newValue);
				return;
			case CurriculumPackage.LEVEL_CREDIT_RULE__MINIMUM_CREDITS:
				setMinimumCredits((Integer)newValue);
				return;
			case CurriculumPackage.LEVEL_CREDIT_RULE__AT_OR_ABOVE:
				setAtOrAbove((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.LEVEL_CREDIT_RULE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case CurriculumPackage.LEVEL_CREDIT_RULE__MINIMUM_CREDITS:
				setMinimumCredits(MINIMUM_CREDITS_EDEFAULT);
				return;
			case CurriculumPackage.LEVEL_CREDIT_RULE__AT_OR_ABOVE:
				setAtOrAbove(AT_OR_ABOVE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.LEVEL_CREDIT_RULE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case CurriculumPackage.LEVEL_CREDIT_RULE__MINIMUM_CREDITS:
				return minimumCredits != MINIMUM_CREDITS_EDEFAULT;
			case CurriculumPackage.LEVEL_CREDIT_RULE__AT_OR_ABOVE:
				return atOrAbove != AT_OR_ABOVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (level: ");
		result.append(level);
		result.append(", minimumCredits: ");
		result.append(minimumCredits);
		result.append(", atOrAbove: ");
		result.append(atOrAbove);
		result.append(')');
		return result.toString();
	}

} //LevelCreditRuleImpl
